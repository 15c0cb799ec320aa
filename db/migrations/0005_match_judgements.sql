CREATE TABLE "match_judgements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"challenge_id" uuid NOT NULL,
	"solution_id" uuid NOT NULL,
	"judged_by" text,
	"role" text NOT NULL,
	"verdict" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_judgements_role_check" CHECK ("match_judgements"."role" in ('staff', 'challenge_owner', 'solution_owner')),
	CONSTRAINT "match_judgements_verdict_check" CHECK ("match_judgements"."verdict" in ('relevant', 'not_relevant')),
	CONSTRAINT "match_judgements_reason_check" CHECK ("match_judgements"."reason" is null or char_length("match_judgements"."reason") <= 500)
);
--> statement-breakpoint
CREATE TABLE "match_outcomes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"match_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"solution_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"from_suggestion" boolean NOT NULL,
	"suggestion_score" real,
	"actor_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_outcomes_outcome_check" CHECK ("match_outcomes"."outcome" in ('introduced', 'pilot', 'adopted', 'dismissed'))
);
--> statement-breakpoint
ALTER TABLE "match_judgements" ADD CONSTRAINT "match_judgements_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_judgements" ADD CONSTRAINT "match_judgements_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_judgements" ADD CONSTRAINT "match_judgements_judged_by_users_id_fk" FOREIGN KEY ("judged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_outcomes" ADD CONSTRAINT "match_outcomes_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_outcomes" ADD CONSTRAINT "match_outcomes_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_outcomes" ADD CONSTRAINT "match_outcomes_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_outcomes" ADD CONSTRAINT "match_outcomes_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_judgements_pair_idx" ON "match_judgements" USING btree ("challenge_id","solution_id","created_at");--> statement-breakpoint
CREATE INDEX "match_judgements_solution_idx" ON "match_judgements" USING btree ("solution_id");--> statement-breakpoint
CREATE INDEX "match_outcomes_pair_idx" ON "match_outcomes" USING btree ("challenge_id","solution_id","created_at");--> statement-breakpoint
CREATE INDEX "match_outcomes_solution_idx" ON "match_outcomes" USING btree ("solution_id");