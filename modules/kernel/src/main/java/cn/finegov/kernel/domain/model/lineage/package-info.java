/** Lineage links between records of different modules. */
package cn.finegov.kernel.domain.model.lineage;
