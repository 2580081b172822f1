/**
 * The enterprise register: enterprises by their unified social credit code (GB 32100-2015), their
 * region, industry and flags (专精特新, 小巨人, 高新技术企业); the above-designated-size frame (规模以上工业企业名录) of
 * each year; and memberships of enterprises in clusters, with the dates they hold. An enterprise
 * may belong to several clusters at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise register")
package org.clusteratlas.enterprise;
