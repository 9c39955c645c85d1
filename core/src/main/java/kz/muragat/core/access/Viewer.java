package kz.muragat.core.access;

import java.util.LinkedHashSet;
import java.util.Set;
import kz.muragat.core.schema.IndexSchema;

/**
 * Who is asking, as far as access goes: the access levels whose material they may see (always
 * {@code public}), or everything for an administrator. Anonymous callers are {@link #PUBLIC}.
 */
public record Viewer(Set<String> levels, boolean admin) {
  public static final Viewer PUBLIC = new Viewer(Set.of(IndexSchema.ACCESS_PUBLIC), false);

  public Viewer {
    Set<String> l = new LinkedHashSet<>();
    l.add(IndexSchema.ACCESS_PUBLIC);
    if (levels != null) l.addAll(levels);
    levels = Set.copyOf(l);
  }

  /** Whether this viewer may see material of the given access level. */
  public boolean maySee(String level) {
    return admin || levels.contains(level);
  }
}
