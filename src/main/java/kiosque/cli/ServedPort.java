package kiosque.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * The port {@code serve} will listen on, tried before anything is created: a port in use is one
 * sentence and an empty data directory, not a stack trace after the database and index were made.
 */
final class ServedPort {

  private ServedPort() {}

  /**
   * Binds {@code port} for a moment and returns the port bound: {@code port} itself, or for 0 a free
   * one, so links and the banner name the real port. Between this check and the server's bind
   * another process could take it; Jetty's own error then still stops the start.
   */
  static int claim(int port) throws IOException, PortInUseException {
    try (ServerSocket socket = new ServerSocket()) {
      // As Jetty binds: a port left in TIME_WAIT by the previous run is free to take.
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return socket.getLocalPort();
    } catch (BindException e) {
      // Linux and macOS say "Address already in use"; anything else (a port below 1024 without
      // the right) is not this sentence's case and keeps its own message.
      if (e.getMessage() != null && e.getMessage().contains("in use")) {
        throw new PortInUseException(port);
      }
      throw e;
    }
  }

  static final class PortInUseException extends Exception {
    final int port;

    PortInUseException(int port) {
      super("port " + port + " is in use", null, false, false);
      this.port = port;
    }
  }
}
