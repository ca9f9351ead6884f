package cn.finegov.grid.application.road;

/**
 * A road chief as a client sends it.
 *
 * @param tier {@code COORDINATING}, {@code SUPERVISING} or {@code DAILY_PATROL}
 * @param name the person's name
 * @param username the person's login, optional (needed to check in for patrols)
 * @param unitCode code of the person's unit
 * @param phone the person's phone, optional (personal data)
 */
public record ChiefDraft(
    String tier, String name, String username, String unitCode, String phone) {}
