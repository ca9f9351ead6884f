/**
 * Annual plans (年度计划): their level, owner unit, contents, the review and publication lifecycle and
 * the statutory date by which each level must publish.
 */
package cn.finegov.planning.domain.model.plan;
