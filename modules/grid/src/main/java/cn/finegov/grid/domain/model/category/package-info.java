/**
 * Component (部件) and event (事件) categories: major and minor codes (CJ/T 214 style), the time limit
 * of each workflow stage and the default responsible unit, and the component inventory's 16-digit
 * identifiers.
 */
package cn.finegov.grid.domain.model.category;
