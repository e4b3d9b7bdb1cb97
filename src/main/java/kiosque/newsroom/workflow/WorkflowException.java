package kiosque.newsroom.workflow;

/** A move the workflow does not allow from where the article stands (publish an unpublished draft twice ...). */
public final class WorkflowException extends RuntimeException {
  public WorkflowException(String message) {
    super(message, null, false, false);
  }
}
