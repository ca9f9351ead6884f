/**
 * Solicitation rounds (任务征集): a unit's call for governance task proposals through named channels
 * between two dates, the proposals received with their source and the citizen's contact, and each
 * proposal's reasoned evaluation (adopted as a task, merged into another, not adopted).
 */
package cn.finegov.planning.domain.model.solicitation;
