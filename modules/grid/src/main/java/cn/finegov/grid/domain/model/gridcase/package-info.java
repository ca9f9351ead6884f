/**
 * The digital city-management case (数字城管案件): its states and the actions between them, its number,
 * place, deadline lights and the duplicate rule.
 */
package cn.finegov.grid.domain.model.gridcase;
