package cn.finegov.grid.interfaces.web.grid;

import cn.finegov.grid.application.grid.GridGroupService;
import cn.finegov.grid.application.grid.GroupDraft;
import cn.finegov.grid.application.grid.GroupMemberDraft;
import cn.finegov.grid.application.grid.GroupView;
import cn.finegov.grid.domain.model.grid.MemberType;
import cn.finegov.kernel.interfaces.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The dialog of the grid administration screen that edits the grid group of the selected unit grid:
 * its name and member rows (type, leader, account, name, phone). Stored phones never reach the
 * page: a member loaded from the stored group shows its phone masked as a hint and keeps it when
 * the field is left empty. Saving and deleting go through {@link GridGroupService}, which checks,
 * audits and scopes the change; its refusals are shown in the dialog.
 */
@Named("gridGroupEditor")
@ViewScoped
public class GridGroupEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient GridGroupService groups;
  @Inject private transient Faces faces;
  @Inject private GridAdminBean admin;

  private String gridCode;
  private boolean stored;
  private String name;
  private final List<Row> rows = new ArrayList<>();

  /** A member row as edited. */
  public static final class Row implements Serializable {

    private static final long serialVersionUID = 1L;

    private String type = MemberType.GRID_WORKER.name();
    private boolean leader;
    private String username;
    private String name;
    private String phone;
    private final boolean loaded;
    private final String maskedPhone;

    Row(boolean leader) {
      this.leader = leader;
      this.loaded = false;
      this.maskedPhone = "";
    }

    Row(GroupView.GroupMemberView member) {
      this.type = member.type();
      this.leader = member.leader();
      this.username = member.username();
      this.name = member.name();
      this.loaded = true;
      this.maskedPhone = member.phone() == null ? "" : member.phone();
    }

    GroupMemberDraft draft() {
      return new GroupMemberDraft(type, leader, username, name, phone, loaded);
    }

    public String getType() {
      return type;
    }

    public void setType(String type) {
      this.type = type;
    }

    public boolean isLeader() {
      return leader;
    }

    public void setLeader(boolean leader) {
      this.leader = leader;
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    /** Always empty for a loaded member until a new number is typed. */
    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }

    /** Whether this row came from the stored group (an empty phone then keeps the stored one). */
    public boolean isLoaded() {
      return loaded;
    }

    /** The stored phone, masked ({@code 138****1234}); empty for none or a new row. */
    public String getMaskedPhone() {
      return maskedPhone;
    }
  }

  /**
   * Loads the group of the screen's selected unit grid into the dialog, or an empty group with one
   * leader row.
   */
  public void open() {
    load(admin.getCode());
  }

  private void load(String code) {
    gridCode = code;
    rows.clear();
    GroupView group = faces.attempt(() -> groups.find(code).map(GroupView::masked).orElse(null));
    stored = group != null;
    if (group == null) {
      name = "";
      rows.add(new Row(true));
    } else {
      name = group.name();
      group.members().forEach(member -> rows.add(new Row(member)));
    }
  }

  public void addRow() {
    rows.add(new Row(rows.isEmpty()));
  }

  public void removeRow(int index) {
    if (index >= 0 && index < rows.size()) {
      rows.remove(index);
    }
  }

  /** Saves the group; on success closes the dialog and refreshes the screen's group. */
  public void save() {
    List<GroupMemberDraft> members = rows.stream().map(Row::draft).toList();
    GroupView saved = faces.attempt(() -> groups.save(gridCode, new GroupDraft(name, members)));
    if (saved != null) {
      faces.info("grid.group.saved", saved.name());
      load(gridCode);
      admin.refreshGroup();
      PrimeFaces.current().executeScript("PF('groupDialog').hide()");
    }
  }

  /** Deletes the group; on success closes the dialog and refreshes the screen's group. */
  public void delete() {
    if (faces.attempt(() -> groups.delete(gridCode))) {
      faces.info("grid.group.deleted", gridCode);
      admin.refreshGroup();
      PrimeFaces.current().executeScript("PF('groupDialog').hide()");
    }
  }

  public List<String> getTypes() {
    return Arrays.stream(MemberType.values()).map(MemberType::name).toList();
  }

  public String getGridCode() {
    return gridCode;
  }

  /** Whether the grid has a stored group (it can be deleted). */
  public boolean isStored() {
    return stored;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<Row> getRows() {
    return rows;
  }
}
