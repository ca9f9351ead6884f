package cn.finegov.grid.application.open311;

/**
 * A request taken in.
 *
 * @param serviceRequestId the case number
 * @param token the token ({@code GET tokens/{token}} gives the id back)
 * @param notice what the client may tell the person, e.g. the handling limit
 */
public record Submitted(String serviceRequestId, String token, String notice) {}
