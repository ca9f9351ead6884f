/**
 * Public opinions and suggestions on governance work (意见建议): received by letter, e-mail or the
 * portal, assigned to a unit, handled and answered within a deadline counted in working days; an
 * unanswered one past its deadline is overdue.
 */
package cn.finegov.planning.domain.model.opinion;
