package cn.finegov.grid.application.category;

import java.io.Serializable;
import java.util.Map;

/**
 * A category as screens and REST show it.
 *
 * @param id its identifier
 * @param version for optimistic locking: a change names the version it was made on
 * @param code one-list form, {@code C0101} or {@code E0101}
 * @param kind {@code COMPONENT} or {@code EVENT}
 * @param majorCode the 2-digit major code
 * @param majorName the major category's name
 * @param name the minor category's name
 * @param nameEn its English name, {@code null} when none is given
 * @param limits the limit of every stage ({@code FILE} .. {@code VERIFY}) in short form ({@code
 *     30min}, {@code 2h}, {@code 3wd})
 * @param defaultUnit unit code that handles it without a routing rule, or {@code null}
 * @param publicService offered to the public (Open311 service list)
 * @param active in use
 */
public record CategoryView(
    long id,
    long version,
    String code,
    String kind,
    String majorCode,
    String majorName,
    String name,
    String nameEn,
    Map<String, String> limits,
    String defaultUnit,
    boolean publicService,
    boolean active)
    implements Serializable {

  /** The limit of a stage in short form, for screens ({@code row.limit('HANDLE')}). */
  public String limit(String stage) {
    return limits.get(stage);
  }
}
