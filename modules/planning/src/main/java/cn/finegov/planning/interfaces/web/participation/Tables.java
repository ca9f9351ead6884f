package cn.finegov.planning.interfaces.web.participation;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** Puts a lazy table back on its first page after its filters changed. */
final class Tables {

  private Tables() {}

  static void firstPage(String clientId) {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId)
        instanceof DataTable table) {
      table.setFirst(0);
    }
  }
}
