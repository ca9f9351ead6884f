package cn.finegov.grid.application.road;

import java.io.Serializable;

/**
 * A road chief as a reader sees him.
 *
 * @param phone the phone, masked ({@code 138****1234}) unless the reader manages reference data
 * @param phoneMasked whether {@code phone} is masked
 */
public record ChiefView(
    long id,
    long version,
    long segmentId,
    String tier,
    String name,
    String username,
    String unitCode,
    String unitName,
    String phone,
    boolean phoneMasked)
    implements Serializable {}
