package kiosque.newsroom.editor;

import java.util.List;
import kiosque.newsroom.shell.NewsroomLayout;

/** The newsroom's front page: what is waiting for the person who signs in. */
public record DashboardPage(NewsroomLayout layout, List<Block> blocks) {

  /** One list of the dashboard. */
  public record Block(String id, String heading, List<ArticlesPage.Item> items) {
    public Block {
      items = List.copyOf(items);
    }
  }

  public DashboardPage {
    blocks = List.copyOf(blocks);
  }
}
