/**
 * The case screens: the inbox ({@code /grid/inbox.xhtml}), a case with its timeline, photos and the
 * steps its reader may take ({@code /grid/case.xhtml}), the report form with its map ({@code
 * /grid/report.xhtml}) and the dashboard cards ({@code /grid/widgets/}). Every read and step goes
 * through the case service, which checks permissions and reach.
 */
package cn.finegov.grid.interfaces.web.gridcase;
