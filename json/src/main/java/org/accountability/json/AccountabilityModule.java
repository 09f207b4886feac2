package org.accountability.json;

import static java.util.Objects.requireNonNull;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.accountability.framework.AccountabilityFramework;
import org.accountability.framework.Assessment;
import org.accountability.model.Citation;
import org.accountability.model.Claim;
import org.accountability.model.Directive;
import org.accountability.model.EntityKind;
import org.accountability.model.LegalRoute;
import org.accountability.model.Observation;
import org.accountability.model.OversightAction;
import org.accountability.model.OversightBody;
import org.accountability.model.PersonnelAction;
import org.accountability.model.ValidationException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 module for the accountability model: register it on your own {@code JsonMapper} to
 * read and write every model entity and {@link AccountabilityFramework} in the library's format,
 * and to write an {@link Assessment}. It is also found by {@code
 * JsonMapper.builder().findAndAddModules()} through {@link java.util.ServiceLoader}.
 *
 * <p>Values are read with the same checks as {@link AccountabilityJson}; a bad value fails the read
 * with a {@code DatabindException} whose cause is the library's {@link
 * org.accountability.model.ValidationException}. Your mapper's settings (for example ignoring
 * unknown properties) do not loosen these checks. For line and column in problems, lenient reading
 * and read limits, use {@link AccountabilityJson}.
 *
 * <p>Values are written in format {@value AccountabilityJson#FORMAT_VERSION}, and entities are read
 * in it. An entity read on its own has no header to declare the roles and conducts it names: a
 * standard id reads as the standard term, and any other well-formed id as a term known by its id
 * alone, which a framework built from the entity must declare. A framework document declares its
 * own vocabulary. A framework document of format 1.0 is read too, converted as {@link
 * AccountabilityJson} converts it; the module has no place for the warnings that name what the
 * conversion assumed, so read such documents with {@link
 * AccountabilityJson#readWithWarnings(String)} to see them. An {@link Assessment} is written with,
 * besides its verdict and the status of each liability, the status of each route, the standing
 * caveats with their citations, and whether the framework covers the role.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new AccountabilityModule()).build();
 * String json = mapper.writeValueAsString(ice.assess(Role.LINE_AGENT, Conduct.MISSED_QUOTA));
 * Citation c = mapper.readValue(citationJson, Citation.class);
 * }</pre>
 */
public final class AccountabilityModule extends JacksonModule {

  /** Creates the module. */
  public AccountabilityModule() {}

  @Override
  public String getModuleName() {
    return "accountability";
  }

  @Override
  public Version version() {
    return ModuleVersion.VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    requireNonNull(context, "context");
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(Citation.class, serializer(Citation.class, ModelWriter::citation));
    serializers.addSerializer(Directive.class, serializer(Directive.class, ModelWriter::directive));
    serializers.addSerializer(
        PersonnelAction.class, serializer(PersonnelAction.class, ModelWriter::personnelAction));
    serializers.addSerializer(
        OversightBody.class, serializer(OversightBody.class, ModelWriter::oversightBody));
    serializers.addSerializer(
        OversightAction.class, serializer(OversightAction.class, ModelWriter::oversightAction));
    serializers.addSerializer(
        LegalRoute.class, serializer(LegalRoute.class, ModelWriter::legalRoute));
    serializers.addSerializer(Claim.class, serializer(Claim.class, ModelWriter::claim));
    serializers.addSerializer(
        Observation.class, serializer(Observation.class, ModelWriter::observation));
    serializers.addSerializer(
        AccountabilityFramework.class,
        serializer(AccountabilityFramework.class, ModelWriter::framework));
    serializers.addSerializer(
        Assessment.class,
        serializer(Assessment.class, (g, a) -> g.writeTree(ModelTrees.assessment(a))));
    context.addSerializers(serializers);

    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Citation.class, entity(Citation.class, EntityKind.CITATION));
    deserializers.addDeserializer(Directive.class, entity(Directive.class, EntityKind.DIRECTIVE));
    deserializers.addDeserializer(
        PersonnelAction.class, entity(PersonnelAction.class, EntityKind.PERSONNEL_ACTION));
    deserializers.addDeserializer(
        OversightBody.class, entity(OversightBody.class, EntityKind.OVERSIGHT_BODY));
    deserializers.addDeserializer(
        OversightAction.class, entity(OversightAction.class, EntityKind.OVERSIGHT_ACTION));
    deserializers.addDeserializer(
        LegalRoute.class, entity(LegalRoute.class, EntityKind.LEGAL_ROUTE));
    deserializers.addDeserializer(Claim.class, entity(Claim.class, EntityKind.CLAIM));
    deserializers.addDeserializer(
        Observation.class, entity(Observation.class, EntityKind.OBSERVATION));
    deserializers.addDeserializer(
        AccountabilityFramework.class,
        new TreeDeserializer<>(AccountabilityFramework.class, node -> reader(node).framework()));
    context.addDeserializers(deserializers);
  }

  private static <T> StdSerializer<T> serializer(
      Class<T> type, BiConsumer<JsonGenerator, T> write) {
    return new StdSerializer<>(type) {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
        write.accept(gen, value);
      }
    };
  }

  private static <T> TreeDeserializer<T> entity(Class<T> type, EntityKind kind) {
    return new TreeDeserializer<>(type, node -> reader(node).single(kind, type));
  }

  /** A strict reader of a tree the mapper has read, in the current format unless it says. */
  private static ModelReader reader(JsonNode node) {
    return new ModelReader(
        LocatedTree.of(node),
        ProblemList.byPosition(AccountabilityJson.DEFAULT_MAX_PROBLEMS, null),
        false,
        FormatVersion.CURRENT,
        null);
  }

  /** Reads the value's JSON tree and hands it to the format's reader. */
  private static final class TreeDeserializer<T> extends StdDeserializer<T> {
    private final Function<JsonNode, T> reader;

    TreeDeserializer(Class<T> type, Function<JsonNode, T> reader) {
      super(type);
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonNode tree = ctxt.readTree(p);
      try {
        return reader.apply(tree);
      } catch (ValidationException e) {
        throw DatabindException.from(p, String.valueOf(e.getMessage()), e);
      }
    }
  }
}
