/**
 * Industries: GB/T 4754-2017 divisions (大类) of industry — mining 06–12, manufacturing 13–43,
 * utilities 44–46 — and the province's key industrial chains and advanced-manufacturing areas of
 * the '1269' action plan, kept as editable data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Industries")
package org.clusteratlas.industry;
