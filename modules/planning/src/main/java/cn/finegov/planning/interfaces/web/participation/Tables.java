package cn.finegov.planning.interfaces.web.participation;

import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.primefaces.component.datatable.DataTable;

/** Lazy tables of the participation screens: back to the first page; every row for a download. */
final class Tables {

  /** Rows read per page for a download. */
  static final int PAGE = 500;

  private Tables() {}

  /**
   * Every row a paged search gives, at most {@code max}.
   *
   * @param page the search: (first, max) → that page's rows
   */
  static <T> List<T> upTo(int max, BiFunction<Integer, Integer, List<T>> page) {
    List<T> rows = new ArrayList<>();
    while (rows.size() < max) {
      List<T> read = page.apply(rows.size(), Math.min(PAGE, max - rows.size()));
      rows.addAll(read);
      if (read.size() < PAGE) {
        break;
      }
    }
    return rows;
  }

  static void firstPage(String clientId) {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId)
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }
}
