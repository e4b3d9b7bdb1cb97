package kiosque.frontpage;

/**
 * A section as the newsroom's front-page screen lists it: in the menu or not, and where it stands
 * in the menu and among the home page's blocks.
 *
 * @param homePosition its place among the home's section blocks, or null when the editors chose
 *     blocks and left it out (or chose none: then every section of the menu shows)
 */
public record MenuSection(long id, String name, boolean inMenu, int menuPosition, Integer homePosition) {}
