// JShell smoke test, run non-interactively by examples/src/test/jshell/smoke.sh as
//   examples/jshell.sh examples/src/test/jshell/smoke.jsh < /dev/null
// JShell does not echo values while it loads a file, so every result is printed.
System.out.println(ice)
System.out.println(ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA))
System.out.println(ice.assess(Role.LINE_AGENT, Conduct.EXCESSIVE_FORCE))
System.out.println(ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA, LocalDate.of(2025, 3, 1)))
System.out.println(ice.personnelActions().against(Role.SENIOR_OFFICIAL))
System.out.println(ice.evidence())
ice.attainment().forEach(System.out::println)
var answer = ice.assess(Role.FIELD_OFFICE_MANAGER, Conduct.MISSED_QUOTA).explain();
System.out.println(answer.lines().limit(3).collect(java.util.stream.Collectors.joining("\n")))
var json = AccountabilityJson.create();
System.out.println("JSON round trip equal: " + json.read(json.write(ice)).equals(ice))
// Exit 0 only if the answer is what the README says and carries its references.
/exit (ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA).verdict() == Verdict.ADMINISTRATIVE_OR_POLITICAL_ONLY && answer.contains("## References")) ? 0 : 3
