/**
 * A JSON HTTP API for UI teams, built on the JDK's own {@code com.sun.net.httpserver} (no
 * framework), that shows how a service puts the library behind HTTP: documents in the MiGlobe wire
 * format, operations validated by the library's rules, bad input answered with problem details
 * (RFC 9457, {@code application/problem+json}).
 *
 * <p>Start it (port 8080 on 127.0.0.1; {@code -Dexec.args=0} picks a free port):
 *
 * <pre>
 * ./mvnw -B -q -pl examples -am compile exec:java \
 *     -Dexec.mainClass=de.miglobe.examples.api.ProgrammeApiServer -Dexec.args=8080
 * </pre>
 *
 * <h2>Endpoints</h2>
 *
 * <table>
 *   <caption>Resources of the example API</caption>
 *   <tr><th>Request</th><th>Answer</th></tr>
 *   <tr><td>{@code GET /}</td><td>links to the resources</td></tr>
 *   <tr><td>{@code GET /programme}</td><td>the programme document</td></tr>
 *   <tr><td>{@code GET /programme/validation?today=2018-09-28}</td>
 *       <td>{@code {"violations": [...]}} of {@code ProgrammeRules.validate}</td></tr>
 *   <tr><td>{@code GET /advisors}, {@code /phases}, {@code /certificates}, {@code /municipalities},
 *       {@code /consultations}, {@code /organisations}, {@code /events}</td>
 *       <td>a JSON array of the documents</td></tr>
 *   <tr><td>{@code GET /<collection>/<id>}</td><td>one document, or 404</td></tr>
 *   <tr><td>{@code GET /schemas}</td><td>the names of the JSON Schemas shipped in miglobe-json (one per document, and {@code common.schema.json} with the shared definitions)</td></tr>
 *   <tr><td>{@code GET /schemas/<document>.schema.json}</td>
 *       <td>one schema ({@code application/schema+json}), or 404</td></tr>
 *   <tr><td>{@code POST /consultations?actor=…}, body: a consultation document in status
 *       {@code requested} with an empty history</td>
 *       <td>201, {@code Location: /consultations/<id>}</td></tr>
 *   <tr><td>{@code POST /consultations/<id>/approve?on=…&actor=…}</td><td rowspan="9">200
 *       {@code {"result": "accepted", "warnings": [...], "consultation": {...}}}, or 422</td></tr>
 *   <tr><td>{@code POST /consultations/<id>/decline?on=…&actor=…&reason=…}</td></tr>
 *   <tr><td>{@code POST /consultations/<id>/cancel?on=…&actor=…&reason=…}</td></tr>
 *   <tr><td>{@code POST /consultations/<id>/team?on=…}, body: a team member
 *       ({@code {"advisor": "adv-…", "role": "trainee"}}), added to the team</td></tr>
 *   <tr><td>{@code POST /consultations/<id>/start?on=…&actor=…}</td></tr>
 *   <tr><td>{@code POST /consultations/<id>/sessions?today=…}, body: a session</td></tr>
 *   <tr><td>{@code POST /consultations/<id>/outcomes}, body: an outcome</td></tr>
 *   <tr><td>{@code POST /consultations/<id>/testimonials}, body: a testimonial</td></tr>
 *   <tr><td>{@code POST /consultations/<id>/complete?on=…&actor=…}</td></tr>
 * </table>
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Redacted by default.</b> Every document is written in the redacted form (no e-mail,
 *       phone, fax or address, no sensitive advisor attributes, nothing published without
 *       consent) unless the request asks for {@code ?view=full}. A public view is the safe
 *       default; the full view is for the programme office and, in a real service, belongs behind
 *       authentication, which this example does not have. That is also why it listens on the
 *       loopback address only.
 *   <li><b>The day is a parameter.</b> Like the library, the API reads no clock: every operation
 *       says which day it happens on ({@code on}, or {@code today} for a session).
 *   <li><b>Statuses.</b> 400: the body is not JSON, a parameter is missing or malformed, or a
 *       value breaks an invariant; 404: no such resource or identifier; 405: wrong method
 *       ({@code Allow} lists the right ones); 413: body over 1 MiB; 415: body not sent as {@code
 *       application/json}; 422: the body is JSON but not a valid document (problems with JSON
 *       Pointers, from {@code MiGlobeJsonException}) or the rules refused the operation ({@code
 *       violations}, each with {@code code}, {@code severity}, {@code path}, {@code parameters}
 *       and {@code message.de} / {@code message.en}). Violation paths are relative to the
 *       programme, for example {@code consultations[1].sessions}.
 *   <li><b>State.</b> The programme lives in memory; it starts as the sample programme of the
 *       source story and changes only through accepted operations.
 * </ul>
 */
package de.miglobe.examples.api;
