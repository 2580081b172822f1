/**
 * The demo province (演示数据): a deterministic, seeded generator of a synthetic but realistic Jiangxi
 * — 118 provincial clusters under real names and hosts (from {@code demo/clusters.csv}), 18
 * clusters that left the register in 2024, three national advanced manufacturing clusters, about
 * 19,000 above-designated-size enterprises in 2025 with monthly year-to-date reports for 2020–2025,
 * firms entering and leaving the frame every year, some firms in two clusters and a share of
 * industry outside every cluster.
 *
 * <p>It is calibrated in closed form so that the 2025 bulletin reproduces every figure of the
 * province's published 2025 figures after published rounding ({@link
 * org.clusteratlas.demo.DemoCalibration}), and records the 2025 bulletin as published on 2026-03-18
 * from the data version of its load. Everything it makes is flagged {@code demo}. It loads on the
 * first start of an empty database unless {@code atlas.demo.enabled=false} ({@code --no-demo}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo province")
package org.clusteratlas.demo;
