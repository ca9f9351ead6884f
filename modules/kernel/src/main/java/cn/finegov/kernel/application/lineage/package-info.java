/** Records and reads lineage links between records of different modules. */
package cn.finegov.kernel.application.lineage;
