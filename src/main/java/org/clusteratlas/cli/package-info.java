/**
 * The command line: {@code serve}, {@code bulletin}, {@code evaluate}, {@code export}, {@code
 * import}, {@code period}, {@code user} and the options they share ({@code --data DIR}, {@code
 * --no-demo}, and any {@code --spring.*} setting, e.g. {@code --spring.datasource.url=…} for an
 * external PostgreSQL). Each command starts the application context it needs (with or without the
 * web server), acts through the feature modules' services, and writes its output to standard
 * output; logs go to standard error.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.clusteratlas.cli;
