package kiosque.web;

import java.util.concurrent.Executor;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The line between the handlers that never block and Javalin, which may: everything that reaches
 * this handler goes on in a request thread of the pool.
 *
 * <p>Jetty asks the outermost handler whether it may block. While it may, Jetty's selector hands
 * every request to a pool thread, so a cached page served in a few microseconds costs a thread's
 * wake-up and a sleep on each side (profiled: a fifth of the hot page's CPU in context switches).
 * Declared non-blocking, the handlers in front (view beacons, request timing, page-cache hits) run
 * on the selector thread itself, as nginx serves a file; the requests they do not answer (a page to
 * render, the newsroom, anything that reads a body or the database) come here and are handed to the
 * pool, as Jetty did before for all of them.
 */
final class PoolHandOff extends Handler.Wrapper {

  private static final Logger log = LoggerFactory.getLogger(PoolHandOff.class);

  private Executor pool;

  @Override
  protected void doStart() throws Exception {
    pool = getServer().getThreadPool();
    super.doStart();
  }

  @Override
  public InvocationType getInvocationType() {
    return InvocationType.NON_BLOCKING;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Request inPool = new InPool(request);
    CompletedOnReturn completion = new CompletedOnReturn(callback);
    pool.execute(() -> {
      try {
        if (!super.handle(inPool, response, completion)) {
          Response.writeError(inPool, response, completion, HttpStatus.NOT_FOUND_404);
        }
      } catch (Throwable failure) {
        // What Jetty does with a handler's exception when it calls the handlers itself: the
        // request's callback fails, and Jetty answers with the error page unless a response is
        // already under way (failing a completed callback changes nothing).
        completion.failed(failure);
      } finally {
        try {
          completion.returned();
        } catch (Throwable afterTheExchange) {
          // Jetty's clean-up of a finished exchange can throw (a multipart body that failed to
          // parse is joined again when the exchange completes). The response is already sent;
          // when Jetty calls the handlers itself its connection drops the same exception quietly.
          log.debug("Completing {} {}", request.getMethod(), request.getHttpURI().getPath(), afterTheExchange);
        }
      }
    });
    return true;
  }

  /**
   * The request's callback as the handlers behind the hand-off see it: what they complete while
   * still running is passed on once they have returned. When Jetty calls the handlers itself it
   * finishes the exchange only after they return (HttpChannelState's "handling"), and the servlet
   * layer relies on it: it may complete the callback (a 400 page for a bad upload) and go on with
   * the same request's objects. Here Jetty's call returned at the hand-off, so without this the
   * exchange finished at once and the connection's next request could reuse those objects under
   * the servlet thread (ClientErrorsIT: a NullPointerException in ServletChannel.handleException).
   */
  private static final class CompletedOnReturn implements Callback {
    private final Callback callback;
    private boolean handling = true;
    private boolean completed;
    private Throwable failure;

    CompletedOnReturn(Callback callback) {
      this.callback = callback;
    }

    @Override
    public void succeeded() {
      if (!heldWhileHandling(null)) {
        callback.succeeded();
      }
    }

    @Override
    public void failed(Throwable x) {
      if (!heldWhileHandling(x)) {
        callback.failed(x);
      }
    }

    @Override
    public InvocationType getInvocationType() {
      return callback.getInvocationType();
    }

    /** Keeps the first completion while the handlers run; false once they have returned. */
    private synchronized boolean heldWhileHandling(Throwable x) {
      if (!handling) {
        return false;
      }
      if (!completed) {
        completed = true;
        failure = x;
      }
      return true;
    }

    /** The handlers returned: what they completed meanwhile goes on now. */
    void returned() {
      boolean complete;
      Throwable x;
      synchronized (this) {
        handling = false;
        complete = completed;
        x = failure;
      }
      if (!complete) {
        return;
      }
      if (x == null) {
        callback.succeeded();
      } else {
        callback.failed(x);
      }
    }
  }

  /**
   * The request as the handlers behind the hand-off see it: what they ask to be called back for
   * when its body arrives runs in the pool too. Jetty calls such callbacks from the connection's
   * read, which now runs on the selector; the servlet layer's (a multipart form's parser among
   * them) expect a thread of their own, as they had when the whole server was blocking.
   */
  private final class InPool extends Request.Wrapper {
    InPool(Request request) {
      super(request);
    }

    @Override
    public void demand(Runnable demandCallback) {
      super.demand(() -> pool.execute(demandCallback));
    }
  }

  /** Puts a hand-off innermost in {@code front}'s wrappers, where Javalin will attach its own handler. */
  static Handler.Wrapper innermostIn(Handler.Wrapper front) {
    Handler.Wrapper innermost = front;
    while (innermost.getHandler() instanceof Handler.Wrapper inner) {
      innermost = inner;
    }
    innermost.setHandler(new PoolHandOff());
    return front;
  }
}
