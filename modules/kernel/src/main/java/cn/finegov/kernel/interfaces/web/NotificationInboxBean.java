package cn.finegov.kernel.interfaces.web;

import cn.finegov.kernel.application.notification.InboxItem;
import cn.finegov.kernel.application.notification.NotificationService;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The inbox tab of the account's notification screen. */
@Named("inbox")
@ViewScoped
public class NotificationInboxBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient NotificationService notifications;
  @Inject private transient NotificationBellBean bell;
  @Inject private transient Faces faces;

  private boolean unreadOnly;
  private InboxItem selected;

  private final LazyDataModel<InboxItem> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, notifications.inbox(unreadOnly, 0, 1).total());
        }

        @Override
        public List<InboxItem> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return notifications.inbox(unreadOnly, first, pageSize).items();
        }

        @Override
        public String getRowKey(InboxItem item) {
          return String.valueOf(item.id());
        }

        @Override
        public InboxItem getRowData(String rowKey) {
          return notifications.item(Long.parseLong(rowKey));
        }
      };

  /** Shows an entry's text and marks it read. */
  public void show(long id) {
    InboxItem item = faces.attempt(() -> notifications.markRead(id));
    if (item != null) {
      selected = item;
      bell.refresh();
    }
  }

  /** Marks an entry read and opens the thing it is about. */
  public void open(long id) throws IOException {
    InboxItem item = faces.attempt(() -> notifications.markRead(id));
    if (item == null) {
      return;
    }
    bell.refresh();
    if (item.link() != null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + item.link());
    } else {
      selected = item;
    }
  }

  public void markRead(long id) {
    if (faces.attempt(() -> notifications.markRead(id)) != null) {
      bell.refresh();
    }
  }

  public void markAllRead() {
    Integer marked = faces.attempt(() -> notifications.markAllRead());
    if (marked != null) {
      bell.refresh();
      faces.info("notification.inbox.marked-all", marked);
    }
  }

  public long getUnread() {
    return bell.getUnread();
  }

  public LazyDataModel<InboxItem> getModel() {
    return model;
  }

  public boolean isUnreadOnly() {
    return unreadOnly;
  }

  public void setUnreadOnly(boolean unreadOnly) {
    this.unreadOnly = unreadOnly;
  }

  public InboxItem getSelected() {
    return selected;
  }
}
