/**
 * The legacy e-government platform as far as the suite sees it: it publishes its organisation
 * directory as CSV files with its own column names, in UTF-8 or GBK, on an SFTP server or in a
 * shared exchange directory.
 */
package cn.finegov.simulators.egov;
