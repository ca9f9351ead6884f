package cn.finegov.grid.application.gridcase;

/**
 * Open cases of one category, for the dashboard.
 *
 * @param code qualified category code, e.g. {@code C0109}
 * @param name major and minor name of the category (the code when it is unknown)
 * @param cases open cases within the reader's reach
 */
public record CategoryCases(String code, String name, long cases) {}
