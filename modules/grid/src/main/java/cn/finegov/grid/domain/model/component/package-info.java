/**
 * The component inventory (部件普查): every public facility with its 16-digit id, minor category,
 * competent department, owner, maintainer, unit grid, place and state.
 */
package cn.finegov.grid.domain.model.component;
