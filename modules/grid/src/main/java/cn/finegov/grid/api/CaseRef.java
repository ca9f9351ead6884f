package cn.finegov.grid.api;

/**
 * A case as another module sees it.
 *
 * @param number the case number
 * @param state its state (name of the grid's case state)
 * @param responsibleUnitCode the unit handling it, or {@code null}
 * @param created {@code false} when the report had been taken before (the first case is returned)
 */
public record CaseRef(String number, String state, String responsibleUnitCode, boolean created) {}
