package cn.finegov.grid.application.grid;

import java.util.List;

/**
 * A grid group as entered: the whole group is replaced.
 *
 * @param name the group's name
 * @param members its members, one of them the leader
 */
public record GroupDraft(String name, List<GroupMemberDraft> members) {}
