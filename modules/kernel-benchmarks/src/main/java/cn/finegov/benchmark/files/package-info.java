/** Benchmarks of the attachment pipeline: type detection, receiving (SHA-256), thumbnails. */
package cn.finegov.benchmark.files;
