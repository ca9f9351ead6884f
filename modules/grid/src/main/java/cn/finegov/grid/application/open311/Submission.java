package cn.finegov.grid.application.open311;

/**
 * A {@code POST requests} as the client sent it (strings as received; checked by the service).
 *
 * @param serviceCode the category ({@code E0101})
 * @param latitude {@code lat}
 * @param longitude {@code long}
 * @param addressString {@code address_string}
 * @param addressId {@code address_id} (not supported: this server has no address register)
 * @param description what is wrong
 * @param mediaUrl a photo's URL
 * @param email personal data: kept with the case for staff, never returned
 * @param phone personal data, likewise
 * @param firstName personal data, likewise
 * @param lastName personal data, likewise
 */
public record Submission(
    String serviceCode,
    String latitude,
    String longitude,
    String addressString,
    String addressId,
    String description,
    String mediaUrl,
    String email,
    String phone,
    String firstName,
    String lastName) {}
