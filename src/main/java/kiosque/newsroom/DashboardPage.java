package kiosque.newsroom;

/** The newsroom's front page. */
public record DashboardPage(NewsroomLayout layout) {}
