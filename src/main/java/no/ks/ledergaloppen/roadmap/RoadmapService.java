package no.ks.ledergaloppen.roadmap;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.ks.ledergaloppen.base.DomainException;
import no.ks.ledergaloppen.base.Texts;
import no.ks.ledergaloppen.roadmap.domain.RoadmapPhase;
import no.ks.ledergaloppen.roadmap.domain.RoadmapPhaseRepository;
import no.ks.ledergaloppen.roadmap.domain.RoadmapStep;
import no.ks.ledergaloppen.roadmap.domain.RoadmapStepRepository;
import no.ks.ledergaloppen.roadmap.domain.RoadmapTool;
import no.ks.ledergaloppen.roadmap.domain.RoadmapToolRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap's content: everyone logged in reads it, administrators edit it. Steps are retired,
 * never deleted, so the ticks cases made on them stay meaningful.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class RoadmapService {

    private final RoadmapPhaseRepository phases;
    private final RoadmapStepRepository steps;
    private final RoadmapToolRepository tools;

    RoadmapService(RoadmapPhaseRepository phases, RoadmapStepRepository steps, RoadmapToolRepository tools) {
        this.phases = phases;
        this.steps = steps;
        this.tools = tools;
    }

    /** All six phases with their current steps. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PhaseGuide> roadmap() {
        List<RoadmapStep> all = steps.findByRetiredFalseOrderByPhaseAscPositionAsc();
        Map<Long, List<ToolGuide>> toolsByStep = toolsOf(all);
        return phases.findAllByOrderByPosition().stream()
                .map(p -> toGuide(p, all.stream().filter(s -> s.getPhase() == p.getPhase()).toList(), toolsByStep))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PhaseGuide phase(Phase phase) {
        List<RoadmapStep> list = steps.findByPhaseAndRetiredFalseOrderByPosition(phase);
        return toGuide(phases.findByPhase(phase).orElseThrow(), list, toolsOf(list));
    }

    /** A step by id, retired or not (a case may have ticked it before it was retired). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<StepGuide> step(long stepId) {
        return steps.findById(stepId).map(s -> toGuide(s, toolsOf(List.of(s))));
    }

    public void editPhase(Phase phase, String purpose, String tip) {
        phases.findByPhase(phase).orElseThrow().edit(
                Texts.require("purpose", purpose, RoadmapPhase.TEXT_MAX),
                Texts.require("tip", tip, RoadmapPhase.TEXT_MAX));
    }

    /** Edits a step; refuses if another administrator saved it since it was read. */
    public StepGuide editStep(long stepId, long version, StepDraft draft) {
        RoadmapStep step = steps.findById(stepId).orElseThrow(() -> DomainException.of("roadmap.error.stepNotFound"));
        if (step.getVersion() != version) {
            throw DomainException.of("roadmap.error.changedMeanwhile");
        }
        apply(step, draft);
        steps.flush();
        return toGuide(step, toolsOf(List.of(step)));
    }

    public StepGuide addStep(Phase phase, StepDraft draft) {
        int last = steps.findByPhaseAndRetiredFalseOrderByPosition(phase).stream()
                .mapToInt(RoadmapStep::getPosition).max().orElse(0);
        RoadmapStep step = new RoadmapStep(phase, last + 1);
        apply(step, draft);
        return toGuide(steps.save(step), Map.of());
    }

    /** Moves a step one place up (-1) or down (+1) within its phase. */
    public void moveStep(long stepId, int direction) {
        RoadmapStep step = steps.findById(stepId).orElseThrow(() -> DomainException.of("roadmap.error.stepNotFound"));
        List<RoadmapStep> siblings = steps.findByPhaseAndRetiredFalseOrderByPosition(step.getPhase());
        int index = siblings.indexOf(step);
        int target = index + Integer.signum(direction);
        if (index < 0 || target < 0 || target >= siblings.size()) {
            return;
        }
        RoadmapStep other = siblings.get(target);
        int position = step.getPosition();
        step.moveTo(other.getPosition());
        other.moveTo(position);
    }

    public void retireStep(long stepId) {
        RoadmapStep step = steps.findById(stepId).orElseThrow(() -> DomainException.of("roadmap.error.stepNotFound"));
        if (steps.findByPhaseAndRetiredFalseOrderByPosition(step.getPhase()).size() <= 1) {
            throw DomainException.of("roadmap.error.lastStep");
        }
        step.retire();
    }

    public void addTool(long stepId, String name, String howTo) {
        steps.findById(stepId).orElseThrow(() -> DomainException.of("roadmap.error.stepNotFound"));
        int last = tools.findByStepIdOrderByPosition(stepId).stream().mapToInt(RoadmapTool::getPosition).max().orElse(0);
        tools.save(new RoadmapTool(stepId, last + 1, Texts.require("toolName", name, RoadmapTool.NAME_MAX),
                Texts.require("toolHowTo", howTo, RoadmapTool.HOW_TO_MAX)));
    }

    private static void apply(RoadmapStep step, StepDraft d) {
        String exampleTitle = Texts.optional("exampleTitle", d.exampleTitle(), RoadmapStep.TITLE_MAX);
        String exampleMunicipality = Texts.optional("exampleMunicipality", d.exampleMunicipality(), RoadmapStep.NAME_MAX);
        if (exampleTitle != null && exampleMunicipality == null) {
            throw new DomainException("exampleMunicipality", "validation.required");
        }
        step.edit(Texts.require("title", d.title(), RoadmapStep.TITLE_MAX),
                Texts.require("guidance", d.guidance(), RoadmapStep.GUIDANCE_MAX),
                Texts.optional("tips", d.tips(), RoadmapStep.TIPS_MAX), exampleMunicipality, exampleTitle,
                Texts.optional("exampleStory", d.exampleStory(), RoadmapStep.EXAMPLE_MAX));
    }

    private Map<Long, List<ToolGuide>> toolsOf(List<RoadmapStep> list) {
        return tools.findByStepIdInOrderByPosition(list.stream().map(RoadmapStep::getId).toList()).stream()
                .sorted(Comparator.comparingInt(RoadmapTool::getPosition))
                .collect(Collectors.groupingBy(RoadmapTool::getStepId,
                        Collectors.mapping(t -> new ToolGuide(t.getName(), t.getHowTo()), Collectors.toList())));
    }

    private static PhaseGuide toGuide(RoadmapPhase p, List<RoadmapStep> list, Map<Long, List<ToolGuide>> tools) {
        return new PhaseGuide(p.getPhase(), p.getPurpose(), p.getTip(), list.stream().map(s -> toGuide(s, tools)).toList());
    }

    private static StepGuide toGuide(RoadmapStep s, Map<Long, List<ToolGuide>> tools) {
        return new StepGuide(s.getId(), s.getVersion(), s.getPhase(), s.getPosition(), s.getTitle(), s.getGuidance(),
                s.getTips(), s.getExampleMunicipality(), s.getExampleTitle(), s.getExampleStory(),
                tools.getOrDefault(s.getId(), List.of()));
    }
}
