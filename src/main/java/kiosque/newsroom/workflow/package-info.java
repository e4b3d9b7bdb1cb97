/**
 * The editorial workflow: {@link kiosque.newsroom.workflow.Workflow}, a pure state machine
 * (draft, in review, scheduled, published, unpublished, and the pending revision of a published
 * article), and the {@link kiosque.newsroom.workflow.PublicationScheduler} that publishes
 * scheduled articles at their time.
 */
package kiosque.newsroom.workflow;
