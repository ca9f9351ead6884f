/**
 * Road segments (路段) with their road chiefs on three tiers (路长制), the public signboard data, and
 * patrol check-ins with their track points.
 */
package cn.finegov.grid.domain.model.road;
