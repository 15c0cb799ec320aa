CREATE TABLE "challenge_procurement" (
	"challenge_id" uuid PRIMARY KEY NOT NULL,
	"value_eur" integer NOT NULL,
	"contract_kind" text NOT NULL,
	"market" text NOT NULL,
	"rd_needed" boolean NOT NULL,
	"others_interested" boolean NOT NULL,
	"route" text,
	"stage" text,
	"updated_by_user_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenge_procurement_value_check" CHECK ("challenge_procurement"."value_eur" >= 0),
	CONSTRAINT "challenge_procurement_kind_check" CHECK ("challenge_procurement"."contract_kind" in ('supplies_services', 'works', 'social_services')),
	CONSTRAINT "challenge_procurement_market_check" CHECK ("challenge_procurement"."market" in ('yes', 'almost', 'not_yet')),
	CONSTRAINT "challenge_procurement_route_check" CHECK ("challenge_procurement"."route" is null or "challenge_procurement"."route" in ('market_consultation', 'sbir', 'pcp', 'innovation_partnership', 'competitive_dialogue', 'startup_in_residence', 'national_procedure', 'european_procedure')),
	CONSTRAINT "challenge_procurement_stage_check" CHECK (("challenge_procurement"."route" is null) = ("challenge_procurement"."stage" is null))
);
--> statement-breakpoint
CREATE TABLE "consultation_introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"match_id" uuid,
	"thread_id" uuid,
	"broker_user_id" text,
	"solution_organisation" text NOT NULL,
	"solution_title" text NOT NULL,
	"introduced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"asked_by_user_id" text,
	"question" text NOT NULL,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answer" text,
	"answered_by_user_id" text,
	"answered_at" timestamp with time zone,
	CONSTRAINT "consultation_questions_question_check" CHECK (char_length("consultation_questions"."question") between 1 and 2000),
	CONSTRAINT "consultation_questions_answer_check" CHECK ("consultation_questions"."answer" is null or char_length("consultation_questions"."answer") between 1 and 5000),
	CONSTRAINT "consultation_questions_answered_check" CHECK (("consultation_questions"."answer" is null) = ("consultation_questions"."answered_at" is null))
);
--> statement-breakpoint
CREATE TABLE "consultation_respondents" (
	"consultation_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_respondents_consultation_id_user_id_pk" PRIMARY KEY("consultation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"opened_by_user_id" text,
	"ends_on" date NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "challenge_procurement" ADD CONSTRAINT "challenge_procurement_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_procurement" ADD CONSTRAINT "challenge_procurement_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_introductions" ADD CONSTRAINT "consultation_introductions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_introductions" ADD CONSTRAINT "consultation_introductions_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_introductions" ADD CONSTRAINT "consultation_introductions_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_introductions" ADD CONSTRAINT "consultation_introductions_broker_user_id_users_id_fk" FOREIGN KEY ("broker_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_questions" ADD CONSTRAINT "consultation_questions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_questions" ADD CONSTRAINT "consultation_questions_asked_by_user_id_users_id_fk" FOREIGN KEY ("asked_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_questions" ADD CONSTRAINT "consultation_questions_answered_by_user_id_users_id_fk" FOREIGN KEY ("answered_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_respondents" ADD CONSTRAINT "consultation_respondents_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_respondents" ADD CONSTRAINT "consultation_respondents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_respondents" ADD CONSTRAINT "consultation_respondents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_opened_by_user_id_users_id_fk" FOREIGN KEY ("opened_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_introductions_consultation_idx" ON "consultation_introductions" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "consultation_questions_consultation_idx" ON "consultation_questions" USING btree ("consultation_id","asked_at");--> statement-breakpoint
CREATE INDEX "consultation_respondents_org_idx" ON "consultation_respondents" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_challenge_uq" ON "consultations" USING btree ("challenge_id");