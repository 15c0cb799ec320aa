CREATE TABLE "reference_imports" (
	"dataset" text PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"row_count" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"province_code" text,
	"reference_year" integer NOT NULL,
	CONSTRAINT "regions_kind_check" CHECK ("regions"."kind" in ('gemeente', 'provincie')),
	CONSTRAINT "regions_code_check" CHECK (("regions"."kind" = 'gemeente' and "regions"."code" ~ '^GM[0-9]{4}$') or ("regions"."kind" = 'provincie' and "regions"."code" ~ '^PV[0-9]{2}$')),
	CONSTRAINT "regions_province_check" CHECK (("regions"."kind" = 'provincie' and "regions"."province_code" is null) or ("regions"."kind" = 'gemeente' and "regions"."province_code" is not null))
);
--> statement-breakpoint
CREATE TABLE "themes" (
	"slug" text PRIMARY KEY NOT NULL,
	"label_nl" text NOT NULL,
	"label_en" text NOT NULL,
	"description_nl" text NOT NULL,
	"description_en" text NOT NULL,
	"sdgs" integer[] NOT NULL,
	"terms" jsonb NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "themes_slug_check" CHECK ("themes"."slug" ~ '^[a-z0-9-]+$')
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"cbs_code" text,
	"region_code" text,
	"kvk_number" text,
	"city" text,
	"website" text,
	"description" text,
	"verified" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_kind_check" CHECK ("organisations"."kind" in ('gemeente', 'provincie', 'waterschap', 'rijk', 'bedrijf', 'kennisinstelling', 'hub-partner')),
	CONSTRAINT "organisations_kvk_check" CHECK ("organisations"."kvk_number" is null or "organisations"."kvk_number" ~ '^[0-9]{8}$'),
	CONSTRAINT "organisations_cbs_check" CHECK ("organisations"."cbs_code" is null or "organisations"."cbs_code" ~ '^(GM[0-9]{4}|PV[0-9]{2}|WS[0-9]{4}|RK[0-9]{4})$'),
	CONSTRAINT "organisations_identity_check" CHECK (("organisations"."kind" in ('gemeente', 'provincie') and "organisations"."cbs_code" is not null and "organisations"."region_code" = "organisations"."cbs_code")
        or ("organisations"."kind" = 'bedrijf' and "organisations"."kvk_number" is not null)
        or "organisations"."kind" in ('waterschap', 'rijk', 'kennisinstelling', 'hub-partner'))
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"user_id" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_user_id_organisation_id_pk" PRIMARY KEY("user_id","organisation_id"),
	CONSTRAINT "memberships_role_check" CHECK ("memberships"."role" in ('member', 'admin'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"active_organisation_id" uuid
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"platform_role" text DEFAULT 'user' NOT NULL,
	"locale" text DEFAULT 'nl' NOT NULL,
	"email_verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_lower_check" CHECK ("users"."email" = lower("users"."email")),
	CONSTRAINT "users_platform_role_check" CHECK ("users"."platform_role" in ('user', 'hub_staff', 'hub_admin')),
	CONSTRAINT "users_locale_check" CHECK ("users"."locale" in ('nl', 'en'))
);
--> statement-breakpoint
CREATE TABLE "challenge_co_owners" (
	"challenge_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "challenge_co_owners_challenge_id_organisation_id_pk" PRIMARY KEY("challenge_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "challenge_regions" (
	"challenge_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	CONSTRAINT "challenge_regions_challenge_id_region_code_pk" PRIMARY KEY("challenge_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "challenge_themes" (
	"challenge_id" uuid NOT NULL,
	"theme_slug" text NOT NULL,
	CONSTRAINT "challenge_themes_challenge_id_theme_slug_pk" PRIMARY KEY("challenge_id","theme_slug")
);
--> statement-breakpoint
CREATE TABLE "challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"created_by_user_id" text,
	"lang" text DEFAULT 'nl' NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"problem_statement" text DEFAULT '' NOT NULL,
	"local_context" text DEFAULT '' NOT NULL,
	"affected" text DEFAULT '' NOT NULL,
	"desired_outcome" text DEFAULT '' NOT NULL,
	"success_criteria" text DEFAULT '' NOT NULL,
	"sdgs" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"budget_min" integer,
	"budget_max" integer,
	"launching_customer_intent" boolean DEFAULT false NOT NULL,
	"procurement_route" text DEFAULT 'onbekend' NOT NULL,
	"timeline" text DEFAULT '' NOT NULL,
	"response_deadline" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"outcome" text,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_role" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenges_status_check" CHECK ("challenges"."status" in ('draft', 'submitted', 'changes_requested', 'published', 'closed', 'in_pilot', 'finished', 'withdrawn')),
	CONSTRAINT "challenges_route_check" CHECK ("challenges"."procurement_route" in ('marktconsultatie', 'sbir', 'innovatiepartnerschap', 'pcp', 'onderhandse-gunning', 'onbekend')),
	CONSTRAINT "challenges_lang_check" CHECK ("challenges"."lang" in ('nl', 'en')),
	CONSTRAINT "challenges_visibility_check" CHECK ("challenges"."visibility" in ('public', 'members')),
	CONSTRAINT "challenges_sdgs_check" CHECK ("challenges"."sdgs" <@ array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]),
	CONSTRAINT "challenges_budget_check" CHECK (("challenges"."budget_min" is null or "challenges"."budget_min" >= 0) and ("challenges"."budget_max" is null or "challenges"."budget_min" is null or "challenges"."budget_max" >= "challenges"."budget_min")),
	CONSTRAINT "challenges_version_check" CHECK ("challenges"."version" >= 1),
	CONSTRAINT "challenges_outcome_check" CHECK ("challenges"."status" <> 'finished' or "challenges"."outcome" is not null)
);
--> statement-breakpoint
CREATE TABLE "solution_deployments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"solution_id" uuid NOT NULL,
	"region_code" text NOT NULL,
	"status" text NOT NULL,
	"since" date,
	"confirmation" text DEFAULT 'unconfirmed' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "solution_deployments_status_check" CHECK ("solution_deployments"."status" in ('active', 'planned', 'ended')),
	CONSTRAINT "solution_deployments_confirmation_check" CHECK ("solution_deployments"."confirmation" in ('unconfirmed', 'confirmed', 'disputed'))
);
--> statement-breakpoint
CREATE TABLE "solution_themes" (
	"solution_id" uuid NOT NULL,
	"theme_slug" text NOT NULL,
	CONSTRAINT "solution_themes_solution_id_theme_slug_pk" PRIMARY KEY("solution_id","theme_slug")
);
--> statement-breakpoint
CREATE TABLE "solutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by_user_id" text,
	"lang" text DEFAULT 'nl' NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"sdgs" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"maturity" text DEFAULT 'idee' NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"assurances" text[] DEFAULT '{}'::text[] NOT NULL,
	"open_source_licence" text,
	"hosting" text,
	"pricing_model" text,
	"website" text,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_role" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "solutions_status_check" CHECK ("solutions"."status" in ('draft', 'submitted', 'changes_requested', 'published', 'archived')),
	CONSTRAINT "solutions_maturity_check" CHECK ("solutions"."maturity" in ('idee', 'prototype', 'pilot', 'bewezen', 'opgeschaald')),
	CONSTRAINT "solutions_lang_check" CHECK ("solutions"."lang" in ('nl', 'en')),
	CONSTRAINT "solutions_target_groups_check" CHECK ("solutions"."target_groups" <@ array['gemeente', 'provincie', 'waterschap', 'rijk']::text[]),
	CONSTRAINT "solutions_assurances_check" CHECK ("solutions"."assurances" <@ array['common-ground', 'wcag', 'avg', 'bio', 'open-source']::text[]),
	CONSTRAINT "solutions_hosting_check" CHECK ("solutions"."hosting" is null or "solutions"."hosting" in ('saas-eu', 'saas-nl', 'on-premise', 'hybride')),
	CONSTRAINT "solutions_pricing_check" CHECK ("solutions"."pricing_model" is null or "solutions"."pricing_model" in ('abonnement', 'licentie', 'per-inwoner', 'projectprijs', 'gratis', 'op-aanvraag')),
	CONSTRAINT "solutions_sdgs_check" CHECK ("solutions"."sdgs" <@ array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]),
	CONSTRAINT "solutions_version_check" CHECK ("solutions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "match_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"match_id" uuid NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_user_id" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_events_to_check" CHECK ("match_events"."to_state" in ('suggested', 'interest', 'screening', 'introduced', 'in_conversation', 'pilot', 'adopted', 'closed')),
	CONSTRAINT "match_events_from_check" CHECK ("match_events"."from_state" is null or "match_events"."from_state" in ('suggested', 'interest', 'screening', 'introduced', 'in_conversation', 'pilot', 'adopted', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"solution_id" uuid NOT NULL,
	"state" text DEFAULT 'suggested' NOT NULL,
	"source" text NOT NULL,
	"score" real,
	"explanation" jsonb,
	"broker_user_id" text,
	"pitch" text,
	"closed_reason" text,
	"state_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matches_state_check" CHECK ("matches"."state" in ('suggested', 'interest', 'screening', 'introduced', 'in_conversation', 'pilot', 'adopted', 'closed')),
	CONSTRAINT "matches_source_check" CHECK ("matches"."source" in ('engine', 'staff', 'company', 'owner')),
	CONSTRAINT "matches_closed_reason_check" CHECK ("matches"."state" <> 'closed' or "matches"."closed_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_user_id" text,
	"body" text NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_body_check" CHECK (char_length("messages"."body") between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "thread_participants" (
	"thread_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	"left_at" timestamp with time zone,
	"last_read_at" timestamp with time zone,
	CONSTRAINT "thread_participants_thread_id_user_id_pk" PRIMARY KEY("thread_id","user_id"),
	CONSTRAINT "thread_participants_role_check" CHECK ("thread_participants"."role" in ('challenge_owner', 'solution_owner', 'broker'))
);
--> statement-breakpoint
CREATE TABLE "threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid,
	"subject" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"actor_user_id" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_outbox_entity_check" CHECK ("search_outbox"."entity_type" in ('challenge', 'solution'))
);
--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_province_code_regions_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_active_organisation_id_organisations_id_fk" FOREIGN KEY ("active_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_co_owners" ADD CONSTRAINT "challenge_co_owners_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_co_owners" ADD CONSTRAINT "challenge_co_owners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_regions" ADD CONSTRAINT "challenge_regions_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_regions" ADD CONSTRAINT "challenge_regions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_themes" ADD CONSTRAINT "challenge_themes_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_themes" ADD CONSTRAINT "challenge_themes_theme_slug_themes_slug_fk" FOREIGN KEY ("theme_slug") REFERENCES "public"."themes"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_deployments" ADD CONSTRAINT "solution_deployments_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_deployments" ADD CONSTRAINT "solution_deployments_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_themes" ADD CONSTRAINT "solution_themes_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solution_themes" ADD CONSTRAINT "solution_themes_theme_slug_themes_slug_fk" FOREIGN KEY ("theme_slug") REFERENCES "public"."themes"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "solutions" ADD CONSTRAINT "solutions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_events" ADD CONSTRAINT "match_events_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_events" ADD CONSTRAINT "match_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_broker_user_id_users_id_fk" FOREIGN KEY ("broker_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_participants" ADD CONSTRAINT "thread_participants_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_participants" ADD CONSTRAINT "thread_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regions_province_idx" ON "regions" USING btree ("province_code");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_slug_uq" ON "organisations" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_cbs_code_uq" ON "organisations" USING btree ("cbs_code");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_kvk_number_uq" ON "organisations" USING btree ("kvk_number");--> statement-breakpoint
CREATE INDEX "organisations_kind_idx" ON "organisations" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "memberships_organisation_idx" ON "memberships" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_uq" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "challenge_regions_region_idx" ON "challenge_regions" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "challenge_themes_theme_idx" ON "challenge_themes" USING btree ("theme_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "challenges_slug_uq" ON "challenges" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "challenges_owner_idx" ON "challenges" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "challenges_status_idx" ON "challenges" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "solution_deployments_uq" ON "solution_deployments" USING btree ("solution_id","region_code");--> statement-breakpoint
CREATE INDEX "solution_deployments_region_idx" ON "solution_deployments" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "solution_themes_theme_idx" ON "solution_themes" USING btree ("theme_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "solutions_slug_uq" ON "solutions" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "solutions_organisation_idx" ON "solutions" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "solutions_status_idx" ON "solutions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "match_events_match_idx" ON "match_events" USING btree ("match_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_pair_uq" ON "matches" USING btree ("challenge_id","solution_id");--> statement-breakpoint
CREATE INDEX "matches_solution_idx" ON "matches" USING btree ("solution_id");--> statement-breakpoint
CREATE INDEX "matches_state_idx" ON "matches" USING btree ("state");--> statement-breakpoint
CREATE INDEX "messages_thread_idx" ON "messages" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_idempotency_uq" ON "messages" USING btree ("thread_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "thread_participants_user_idx" ON "thread_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "threads_match_idx" ON "threads" USING btree ("match_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","created_at");--> statement-breakpoint
CREATE INDEX "search_outbox_pending_idx" ON "search_outbox" USING btree ("available_at","id") WHERE "search_outbox"."processed_at" is null;