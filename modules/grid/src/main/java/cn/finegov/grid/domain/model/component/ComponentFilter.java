package cn.finegov.grid.domain.model.component;

/**
 * What a component list is filtered by; {@code null} fields do not filter.
 *
 * @param category the 4-digit minor category code
 * @param gridCode a grid code: the unit grid itself or every unit grid below a street/community
 * @param state the state
 * @param text part of the id or name
 * @param activeOnly only components in use
 */
public record ComponentFilter(
    String category, String gridCode, ComponentState state, String text, boolean activeOnly) {

  public static final ComponentFilter ALL = new ComponentFilter(null, null, null, null, false);
}
