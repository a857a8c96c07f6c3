/**
 * The command line: {@code java -jar target/espejo.jar <command>} runs extraction, language
 * detection, alignment and evaluation on files, without starting Spring.
 */
package org.espejo.cli;
