package cn.finegov.grid.application.grid;

import cn.finegov.grid.domain.model.grid.GridGroup;
import cn.finegov.grid.domain.model.grid.GridGroupMember;
import java.io.Serializable;
import java.util.List;

/**
 * A grid group as shown.
 *
 * @param gridCode the unit grid
 * @param gridName its name
 * @param name the group's name
 * @param leaderName the leader's name
 * @param members the members, phones masked unless the reader may maintain groups
 * @param version for optimistic locking
 */
public record GroupView(
    String gridCode,
    String gridName,
    String name,
    String leaderName,
    List<GroupMemberView> members,
    long version)
    implements Serializable {

  /** A member: phone masked ({@code 138****1234}) in lists. */
  public record GroupMemberView(
      String type, boolean leader, String username, String name, String phone)
      implements Serializable {}

  /**
   * This group with every phone masked ({@code 138****1234}), for screens that show a group to a
   * reader who may maintain it; phones already masked stay as they are.
   */
  public GroupView masked() {
    return new GroupView(
        gridCode,
        gridName,
        name,
        leaderName,
        members.stream()
            .map(
                m ->
                    new GroupMemberView(
                        m.type(),
                        m.leader(),
                        m.username(),
                        m.name(),
                        m.phone() == null || m.phone().contains("*")
                            ? m.phone()
                            : GridGroupMember.mask(m.phone())))
            .toList(),
        version);
  }

  static GroupView of(GridGroup group, String gridName, boolean fullPhones) {
    return new GroupView(
        group.grid().value(),
        gridName,
        group.name(),
        group.leader().map(GridGroupMember::personName).orElse(""),
        group.members().stream()
            .map(
                m ->
                    new GroupMemberView(
                        m.type().name(),
                        m.leader(),
                        m.username().orElse(null),
                        m.personName(),
                        fullPhones ? m.phone().orElse("") : m.maskedPhone()))
            .toList(),
        group.version());
  }
}
