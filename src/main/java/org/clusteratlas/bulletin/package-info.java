/**
 * The annual bulletin (年度通报): the figures the province publishes about its clusters — count,
 * revenue and comparable growth, share of above-designated-size industry, profit and its growth,
 * revenue tiers with the leading clusters named, designations on both ladders, progress towards the
 * 2030 target — every one computed from records through the indicator read model, and the Chinese
 * text in the manner of the province's press release. Served as {@code GET
 * /api/v1/bulletins/{year}}, on the pages of the explore module ({@code /bulletin/{year}}, the
 * dashboard), and by the {@code bulletin} command.
 *
 * <p>A publication ({@link org.clusteratlas.bulletin.BulletinPublication}) records the data version
 * a year's bulletin was published from, so the bulletin can be regenerated as published, and
 * compared figure by figure with the bulletin as revised since ({@link
 * org.clusteratlas.bulletin.BulletinRevisions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bulletin")
package org.clusteratlas.bulletin;
