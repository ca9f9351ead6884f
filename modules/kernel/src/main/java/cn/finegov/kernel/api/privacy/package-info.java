/**
 * Personal data as screens, audit values, exports and logs may show it: the one masking rule of the
 * suite for phone numbers ({@link cn.finegov.kernel.api.privacy.PersonalDataMask}).
 */
package cn.finegov.kernel.api.privacy;
