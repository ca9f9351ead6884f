/**
 * The annual satisfaction evaluation (满意度测评, seed 000 article 10): the people's congress of a level
 * evaluates each unit's report on its plan by vote (satisfied, basically satisfied, dissatisfied);
 * the rates are computed, ranked and published.
 */
package cn.finegov.planning.domain.model.evaluation;
