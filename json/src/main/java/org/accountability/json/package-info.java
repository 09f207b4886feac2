/**
 * JSON for the accountability model. {@link org.accountability.json.AccountabilityJson} reads and
 * writes framework documents and JSON Lines strictly; {@link
 * org.accountability.json.AccountabilityModule} plugs the same format into any Jackson 3 {@code
 * JsonMapper}; {@link org.accountability.json.CslJson} exports and imports citations as CSL-JSON
 * for Zotero and Pandoc. The JSON Schema of the format ships at {@link
 * org.accountability.json.AccountabilityJson#SCHEMA_RESOURCE}.
 *
 * <p>Apart from {@code equals}, no parameter accepts null: every public constructor and method
 * rejects a null argument at once with a {@link java.lang.NullPointerException} whose message names
 * the parameter.
 *
 * <pre>{@code
 * AccountabilityJson json = AccountabilityJson.create();
 * json.write(CaseStudies.iceDeportationQuotas(), Path.of("ice.json"));
 * AccountabilityFramework back = json.read(Path.of("ice.json"));
 * }</pre>
 */
@NullMarked
package org.accountability.json;

import org.jspecify.annotations.NullMarked;
