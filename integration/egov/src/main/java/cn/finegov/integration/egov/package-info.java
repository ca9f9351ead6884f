/**
 * The legacy e-government platform, seen through an anti-corruption layer: its files and column
 * names are mapped here to the kernel's organisation API; nothing else in the suite knows the
 * platform's formats.
 */
package cn.finegov.integration.egov;
