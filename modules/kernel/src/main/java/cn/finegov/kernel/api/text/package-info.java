/** Small text helpers every module's input handling shares. */
package cn.finegov.kernel.api.text;
