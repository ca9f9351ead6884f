/** Benchmarks of the working-day calendar's deadline arithmetic (figures in the kernel README). */
package cn.finegov.benchmark.calendar;
