package se.styrkedja.tenant.unit.entity;

import java.util.UUID;

/**
 * The materialized path of a unit: the ids of the root, every ancestor and the unit itself, each as
 * 32 lower-case hex digits, each followed by {@code /}: {@code /<root>/<area>/<school>/}.
 *
 * <p>A subtree is then every path that starts with the subtree root's path. Since a path has only
 * the characters {@code 0-9a-f/}, and {@code /} sorts just before {@code 0}, the paths that start
 * with {@code p} are exactly those in the half-open range {@code [p, p without its last "/" + "0")}
 * in binary ("C") order. A range, unlike {@code LIKE 'p%'}, uses a B-tree index even in a generic
 * prepared-statement plan, where the prefix is not known when the plan is made.
 */
public final class UnitPaths {

  /** Levels below the root a unit may have; a path is then at most 33 * 31 + 1 characters. */
  public static final int MAX_DEPTH = 30;

  private static final int SEGMENT = 33;

  private UnitPaths() {}

  public static String root(UUID id) {
    return "/" + segment(id) + "/";
  }

  public static String child(String parentPath, UUID id) {
    return parentPath + segment(id) + "/";
  }

  /** The id without its dashes: 32 hex digits, in lower case as UUID.toString writes them. */
  static String segment(UUID id) {
    return id.toString().replace("-", "");
  }

  /** 0 for the root, 1 for its children, and so on. */
  public static int depth(String path) {
    return depthOfLength(path.length());
  }

  /** The depth of a path of this many characters. */
  public static int depthOfLength(int length) {
    return (length - 1) / SEGMENT - 1;
  }

  /** The first path after every path of the subtree rooted at {@code path} (exclusive bound). */
  public static String upperBound(String path) {
    if (!path.endsWith("/")) {
      throw new IllegalArgumentException("not a unit path: " + path);
    }
    return path.substring(0, path.length() - 1) + "0";
  }

  /** Whether {@code path} is {@code ancestorPath} or lies under it. */
  public static boolean isWithin(String path, String ancestorPath) {
    return path.startsWith(ancestorPath);
  }

  /**
   * Where a path of a moved subtree ends up: the subtree root's old path is replaced by its new
   * one. The database does the same for the whole subtree in one statement (UnitStore).
   */
  public static String moved(String path, String oldRootPath, String newRootPath) {
    if (!isWithin(path, oldRootPath)) {
      throw new IllegalArgumentException(path + " is not under " + oldRootPath);
    }
    return newRootPath + path.substring(oldRootPath.length());
  }
}
